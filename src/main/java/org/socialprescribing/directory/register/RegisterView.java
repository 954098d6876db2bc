package org.socialprescribing.directory.register;

/** A register as the directory shows it: its code, name and what kind of assurance it gives. */
public record RegisterView(Register code, String name, Register.RegisterKind kind) {
    public static RegisterView of(Register register) {
        return new RegisterView(register, register.fullName(), register.kind());
    }
}
