package org.dayone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Dayone web application. Started by the {@code serve} command of {@link org.dayone.cli.DayoneCli}, which is the
 * jar's entry point, so that command-line tools never pay for a Spring context.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DayoneApplication {

	public static void main(String[] args) {
		SpringApplication.run(DayoneApplication.class, args);
	}
}
