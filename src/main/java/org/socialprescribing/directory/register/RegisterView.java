package org.socialprescribing.directory.register;

import jakarta.validation.constraints.NotNull;

/** A register as the directory shows it: its code, name and what kind of assurance it gives. */
public record RegisterView(
        @NotNull Register code, @NotNull String name, @NotNull Register.RegisterKind kind) {
    public static RegisterView of(Register register) {
        return new RegisterView(register, register.fullName(), register.kind());
    }
}
