/**
 * The review's part of the demo: last month's figures, so that the trends have something to
 * compare with.
 */
package io.cocareer.network.review.demo;
