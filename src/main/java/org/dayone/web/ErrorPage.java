package org.dayone.web;

/** The model of the error page and the error fragment. */
public record ErrorPage(int status, String heading, String message) {
}
