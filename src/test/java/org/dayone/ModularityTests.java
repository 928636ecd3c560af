package org.dayone;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries (no cycles, only declared dependencies, no reach into internals) and documents them. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DayoneApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Writes target/spring-modulith-docs. Mind: the Documenter reads the Javadoc that spring-modulith-apt collects with a
	 * simple JSON parser that splits on commas inside quoted text, so a Javadoc quote such as "10,000 users" breaks it.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
