package org.socialprescribing.report.disclosure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * NHS Digital's disclosure control for sub-national figures, as configuration with its defaults.
 */
@ConfigMapping(prefix = "sp.reports.disclosure")
public interface DisclosureSettings {
    /** Counts of people from 1 up to this are suppressed. */
    @WithDefault("7")
    int suppressUpTo();

    /** Other counts of people are rounded to the nearest multiple of this. */
    @WithDefault("5")
    int roundTo();
}
