/**
 * Pre-emptive exit conversations (issue 10, step 3): between a talent and the person holding it
 * (the talent lead, or the talent's manager), proposed once a year, when the talent sets a career
 * horizon ({@link io.cocareer.alumni.CareerHorizonSet}) or when a tour ends in a good exit
 * ({@link io.cocareer.tour.TourEndedInGoodExit}), then scheduled, held and recorded (intentions,
 * horizon, the value that can still be created, follow-ups with owners and dates) and closed.
 * <p>
 * Confidential to the talent, the talent lead and the holder ({@code internal.ConversationAccess}):
 * for anybody else a conversation does not exist (404), audit entries carry no words, notices say
 * only that something is scheduled or due. The exit protocol reads what the talent's last held
 * conversation said about the value still to create through
 * {@link ExitConversationService#lastValueStillToCreate}, under the same policy. When a person
 * leaves their open conversations are cancelled; when they are erased the texts go, the dates stay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alumni and boomerangs: pre-emptive exit conversations")
package io.cocareer.alumni.conversation;
