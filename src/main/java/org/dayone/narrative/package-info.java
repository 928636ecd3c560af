/**
 * Working Backwards documents: PR/FAQs and narratives written from templates, saved as immutable numbered revisions,
 * compared with a baseline (diff, drift, changed claims), searched, imported and exported.
 */
@NullMarked
@ApplicationModule(displayName = "Narratives (PR/FAQ documents)", allowedDependencies = { "people", "web" })
package org.dayone.narrative;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
