package io.cocareer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class CoCareerApplication {

	public static void main(String[] args) {
		SpringApplication.run(CoCareerApplication.class, args);
	}

}
