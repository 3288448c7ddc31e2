package io.cocareer.shared.web;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link StrictInput} for JSON bodies, plus: a number is not a date ({@code "startOn": 123} was
 * read as a day of 1970) and a fraction is not a whole number ({@code "version": 1.5} was cut to
 * 1). Each refusal names its field in the API's problem+json (see ApiExceptionHandler).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		SimpleModule module = new SimpleModule("cocareer-strict-input");
		module.addDeserializer(LocalDate.class, new DateDeserializer());
		module.addDeserializer(String.class, new TextDeserializer());
		return (builder) -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).addModule(module);
	}

	static final class DateDeserializer extends StdDeserializer<LocalDate> {

		DateDeserializer() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString();
			try {
				return StrictInput.date(text);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidFormatException.from(parser, "Not a date as yyyy-mm-dd", text, LocalDate.class);
			}
		}

	}

	static final class TextDeserializer extends StdDeserializer<String> {

		TextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				// numbers and booleans as text, as Jackson reads them by default; objects and arrays refused
				if (parser.currentToken().isScalarValue()) {
					return parser.getString();
				}
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (!StrictInput.isClean(text)) {
				throw InvalidFormatException.from(parser, "Text with a control character or a lone surrogate", text,
						String.class);
			}
			return text;
		}

	}

}
