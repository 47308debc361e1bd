package org.safesurgeries.portal.practice;

/** The whole file is refused; nothing was imported. The message is meant for the administrator. */
public class EpraccurFileRejected extends IllegalArgumentException {

    public EpraccurFileRejected(String message) {
        super(message);
    }
}
