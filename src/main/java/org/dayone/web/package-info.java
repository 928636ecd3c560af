/**
 * Shared web plumbing for every capability: the page context the layout needs, error pages and JSON errors, and htmx
 * helpers. It depends on no other module.
 */
@NullMarked
@ApplicationModule(displayName = "Web", allowedDependencies = {})
package org.dayone.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
