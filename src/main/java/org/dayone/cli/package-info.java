/**
 * The command line in the same jar: {@code dayone [serve]} runs the web app; other subcommands (seeding, linting, org
 * analytics) do one job and exit with a meaningful code, without starting the web application unless they need it.
 */
@NullMarked
@ApplicationModule(displayName = "Command line")
package org.dayone.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
