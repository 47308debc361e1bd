package org.safesurgeries.portal.shared;

/** The NHS number's modulus-11 check, used only to detect (and refuse) NHS numbers typed where none may be. */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    /** True when the ten digits pass the modulus-11 check (e.g. 9434765919). */
    public static boolean isValid(String tenDigits) {
        if (tenDigits == null || tenDigits.length() != 10 || !tenDigits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }
}
