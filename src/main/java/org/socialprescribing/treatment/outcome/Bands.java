package org.socialprescribing.treatment.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Published cut-offs that name the range a score falls in; each band ends at its upper bound. */
final class Bands {
    private record Band(int upTo, String label) {}

    private final List<Band> bands = new ArrayList<>();

    private Bands() {}

    static Bands upTo(int upTo, String label) {
        return new Bands().then(upTo, label);
    }

    Bands then(int upTo, String label) {
        bands.add(new Band(upTo, label));
        return this;
    }

    String of(BigDecimal value) {
        for (Band band : bands) {
            if (value.compareTo(BigDecimal.valueOf(band.upTo())) <= 0) {
                return band.label();
            }
        }
        throw new IllegalStateException(value + " is above the last band");
    }
}
