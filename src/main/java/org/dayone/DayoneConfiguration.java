package org.dayone;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Global beans shared by every module. */
@Configuration(proxyBeanMethods = false)
class DayoneConfiguration {

	/** One clock for every timestamp, so tests can fix time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
