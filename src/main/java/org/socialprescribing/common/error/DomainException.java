package org.socialprescribing.common.error;

/**
 * A rule of the domain was broken. Services throw it with the domain's words in the detail; {@link
 * ProblemMappers} turns it into problem+json.
 */
public class DomainException extends RuntimeException {
    private final ProblemType type;
    private final String currentStatus;

    public DomainException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public DomainException(ProblemType type, String detail, String currentStatus) {
        super(detail);
        this.type = type;
        this.currentStatus = currentStatus;
    }

    public static DomainException notFound(String what) {
        return new DomainException(ProblemType.NOT_FOUND, what + " was not found");
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        Problem problem = Problem.of(type, getMessage());
        return currentStatus == null ? problem : problem.withCurrentStatus(currentStatus);
    }
}
