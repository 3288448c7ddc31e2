package io.cocareer.talent.ninebox.web;

import java.util.List;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.talent.ninebox.NineBoxService;
import io.cocareer.talent.ninebox.NineBoxView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The 9-box over JSON, the talent lead's alone (403 for others). Its schemas are {@code TalentNineBox…}. */
@RestController
class TalentNineBoxApiController {

	private final NineBoxService nineBox;

	TalentNineBoxApiController(NineBoxService nineBox) {
		this.nineBox = nineBox;
	}

	@GetMapping("/api/v1/talents/nine-box")
	Response nineBox(Actor actor) {
		return Response.of(this.nineBox.nineBox(actor));
	}

	/** Schema {@code TalentNineBoxResponse}. */
	record Response(List<Cell> cells, int total) {

		static Response of(NineBoxView view) {
			return new Response(view.cells()
				.stream()
				.map((cell) -> new Cell(cell.performance(), cell.potential(), cell.label(), cell.count(),
						cell.members().stream().map((m) -> new Member(m.personId(), m.name())).toList()))
				.toList(), view.total());
		}

		record Cell(int performance, int potential, String label, int count, List<Member> members) {

		}

		record Member(UUID personId, String name) {

		}

	}

}
