/**
 * Sign-in and request security: the filter chain, security headers, login throttling and personal-access-token
 * authentication for the API.
 */
@NullMarked
package org.dayone.people.security;

import org.jspecify.annotations.NullMarked;
