package io.cocareer.toolbox.counselling;

import java.time.LocalDateTime;

/**
 * When and where a session takes place (in the organisation's time zone).
 * @param startsAt when it starts
 * @param endsAt when it ends, after it starts
 * @param place a room, or empty with a video link
 * @param videoLink an https link, or empty with a place
 */
public record ScheduleSession(LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink) {

}
