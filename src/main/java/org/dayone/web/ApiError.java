package org.dayone.web;

import org.jspecify.annotations.Nullable;

/** The JSON body of every API error: the HTTP status, a short error name, what went wrong and the field at fault. */
public record ApiError(int status, String error, String message, @Nullable String field) {
}
