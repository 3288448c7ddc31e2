package io.cocareer.people;

import java.util.List;

/** One of the first rows of an import file, as read (for the preview table). */
public record ImportPreviewRow(int row, List<String> cells) {

}
