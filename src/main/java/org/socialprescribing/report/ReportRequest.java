package org.socialprescribing.report;

import org.socialprescribing.common.security.Caller;
import org.socialprescribing.report.disclosure.DisclosureControl;

/** Who asks for a report, for which period, and the disclosure control their answer gets. */
public record ReportRequest(Caller caller, ReportPeriod period, DisclosureControl control) {}
