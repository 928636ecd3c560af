/**
 * The people module's pages: sign-in, the people directory and each person's page, account settings with personal
 * access tokens, and the administrators' account management.
 */
@NullMarked
package org.dayone.people.web;

import org.jspecify.annotations.NullMarked;
