package org.socialprescribing.funding.funder;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.funding.funder.FunderApi.FunderRequest;
import org.socialprescribing.funding.funder.FunderApi.FunderView;

/** The funders of schemes: ICBs (formerly CCGs), councils, charities and the rest. */
@ApplicationScoped
public class FunderService {
    private final FunderRepository funders;

    public FunderService(FunderRepository funders) {
        this.funders = funders;
    }

    /** Funders whose code, name or type (including its former name, e.g. "CCG") matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FunderView> search(String query) {
        String q = query == null ? null : query.toLowerCase(Locale.ROOT);
        return funders.listAll(Sort.by("code")).stream()
                .filter(
                        f ->
                                q == null
                                        || f.code.toLowerCase(Locale.ROOT).contains(q)
                                        || f.name.toLowerCase(Locale.ROOT).contains(q)
                                        || f.type.description()
                                                .toLowerCase(Locale.ROOT)
                                                .contains(q))
                .map(FunderView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FunderView> find(String code) {
        return funders.findByIdOptional(code).map(FunderView::of);
    }

    @Transactional
    public FunderView create(FunderRequest request) {
        if (funders.findByIdOptional(request.code()).isPresent()) {
            throw new DomainException(
                    ProblemType.ALREADY_EXISTS, "Funder " + request.code() + " already exists");
        }
        Funder funder = new Funder();
        funder.code = request.code();
        funder.name = request.name();
        funder.type = request.type();
        funders.persist(funder);
        return FunderView.of(funder);
    }

    /** An admin acts for every funder; a commissioner only for the one its token names. */
    public static void requireActsFor(Caller caller, String funderCode) {
        if (caller.has(Role.ADMIN)) {
            return;
        }
        if (caller.organisation(Role.COMMISSIONER).filter(funderCode::equals).isEmpty()) {
            throw DomainException.forbidden("You act for another funder");
        }
    }
}
