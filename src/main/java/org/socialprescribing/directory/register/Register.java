package org.socialprescribing.directory.register;

/**
 * Registers that assure practitioners: statutory regulators, and voluntary registers accredited by
 * the Professional Standards Authority. {@code OTHER} is any other body: it assures nothing.
 */
public enum Register {
    GOSC("General Osteopathic Council", RegisterKind.STATUTORY),
    GCC("General Chiropractic Council", RegisterKind.STATUTORY),
    HCPC("Health and Care Professions Council", RegisterKind.STATUTORY),
    GMC("General Medical Council", RegisterKind.STATUTORY),
    NMC("Nursing and Midwifery Council", RegisterKind.STATUTORY),
    BAC("British Acupuncture Council", RegisterKind.ACCREDITED_REGISTER),
    CNHC("Complementary and Natural Healthcare Council", RegisterKind.ACCREDITED_REGISTER),
    FHT("Federation of Holistic Therapists", RegisterKind.ACCREDITED_REGISTER),
    BACP("British Association for Counselling and Psychotherapy", RegisterKind.ACCREDITED_REGISTER),
    UKCP("UK Council for Psychotherapy", RegisterKind.ACCREDITED_REGISTER),
    OTHER("Another body (not a statutory or PSA-accredited register)", RegisterKind.UNRECOGNISED);

    private final String fullName;
    private final RegisterKind kind;

    Register(String fullName, RegisterKind kind) {
        this.fullName = fullName;
        this.kind = kind;
    }

    public String fullName() {
        return fullName;
    }

    public RegisterKind kind() {
        return kind;
    }

    public enum RegisterKind {
        STATUTORY,
        ACCREDITED_REGISTER,
        UNRECOGNISED
    }
}
