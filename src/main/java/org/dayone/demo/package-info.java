/**
 * The demo organisation loaded on the first start of an empty database: about 30 people with accounts and five
 * PR/FAQs in different states, each with several revisions. Off with {@code dayone.demo.enabled=false}.
 */
@NullMarked
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "people", "narrative" })
package org.dayone.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
