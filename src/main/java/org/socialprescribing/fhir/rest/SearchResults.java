package org.socialprescribing.fhir.rest;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/** A searchset Bundle: what matched, with the link to the next page when there is one. */
final class SearchResults {
    private SearchResults() {}

    static Bundle of(List<? extends Resource> matches, String base, String self, String next) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(BundleType.SEARCHSET);
        bundle.setTimestamp(new Date());
        if (next == null) {
            bundle.setTotal(matches.size());
        }
        bundle.addLink().setRelation("self").setUrl(self);
        if (next != null) {
            bundle.addLink().setRelation("next").setUrl(next);
        }
        for (Resource match : matches) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + match.fhirType() + "/" + match.getIdPart())
                    .setResource(match)
                    .getSearch()
                    .setMode(SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
