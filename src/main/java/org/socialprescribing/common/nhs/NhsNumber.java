package org.socialprescribing.common.nhs;

/** The NHS number's modulus-11 check (NHS Data Dictionary). */
public final class NhsNumber {
    private NhsNumber() {}

    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (value.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }
}
