/**
 * The people directory (name, email, title, team, manager), the accounts that let people sign in with their roles,
 * personal access tokens for the API, and login itself (local form login, throttled).
 */
@NullMarked
@ApplicationModule(displayName = "People and accounts", allowedDependencies = { "web" })
package org.dayone.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
