import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ages, upcoming birthdays and day counts for a fixed roster, relative to a fixed "today". */
public class DateAgeCalculator {

    static final class Person {
        final String name;
        final LocalDate born;

        Person(String name, LocalDate born) {
            this.name = name;
            this.born = born;
        }
    }

    static LocalDate nextBirthday(LocalDate born, LocalDate today) {
        MonthDay md = MonthDay.from(born);
        LocalDate candidate = md.atYear(today.getYear());
        if (candidate.isBefore(today)) {
            candidate = md.atYear(today.getYear() + 1);
        }
        return candidate;
    }

    static String describe(Period p) {
        StringBuilder b = new StringBuilder();
        b.append(p.getYears()).append(p.getYears() == 1 ? " year, " : " years, ");
        b.append(p.getMonths()).append(p.getMonths() == 1 ? " month, " : " months, ");
        b.append(p.getDays()).append(p.getDays() == 1 ? " day" : " days");
        return b.toString();
    }

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2024, 3, 1);
        List<Person> people = new ArrayList<>();
        people.add(new Person("Ada", LocalDate.of(1815, 12, 10)));
        people.add(new Person("Leap Larry", LocalDate.of(2000, 2, 29)));
        people.add(new Person("Newborn", LocalDate.of(2024, 2, 20)));
        people.add(new Person("Grace", LocalDate.of(1906, 12, 9)));
        people.add(new Person("Linus", LocalDate.of(1969, 12, 28)));
        people.add(new Person("Today Tess", LocalDate.of(1990, 3, 1)));
        people.add(new Person("End Of Month", LocalDate.of(1988, 1, 31)));
        people.add(new Person("Millennial", LocalDate.of(1999, 12, 31)));

        System.out.println("As of " + today + " (" + today.getDayOfWeek() + ")");
        for (Person p : people) {
            Period age = Period.between(p.born, today);
            long days = ChronoUnit.DAYS.between(p.born, today);
            long weeks = ChronoUnit.WEEKS.between(p.born, today);
            long months = ChronoUnit.MONTHS.between(p.born, today);
            LocalDate next = nextBirthday(p.born, today);
            long until = today.until(next, ChronoUnit.DAYS);
            System.out.println(p.name + ": born " + p.born + " (" + p.born.getDayOfWeek() + ")");
            System.out.println("  age " + age + " = " + describe(age));
            System.out.println("  " + days + " days, " + weeks + " weeks, " + months + " months");
            System.out.println("  next birthday " + next + " in " + until + " days, turning " + (next.getYear() - p.born.getYear()));
            LocalDate tenK = p.born.plusDays(10_000);
            System.out.println("  10000th day " + tenK + (tenK.isAfter(today) ? " (ahead)" : " (past)"));
        }

        people.sort(Comparator.comparing((Person p) -> nextBirthday(p.born, today)).thenComparing(p -> p.name));
        System.out.println("Upcoming birthdays:");
        for (Person p : people) {
            System.out.println("  " + nextBirthday(p.born, today) + " " + p.name);
        }

        // Differences between a handful of date pairs, in both directions.
        LocalDate[][] pairs = {
            {LocalDate.of(2023, 1, 31), LocalDate.of(2023, 3, 1)},
            {LocalDate.of(2020, 2, 29), LocalDate.of(2021, 2, 28)},
            {LocalDate.of(2021, 5, 15), LocalDate.of(2019, 8, 20)},
            {LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1)},
            {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)},
        };
        for (LocalDate[] pair : pairs) {
            Period p = Period.between(pair[0], pair[1]);
            System.out.println(pair[0] + " -> " + pair[1] + ": " + p + " normalized " + p.normalized()
                    + ", days " + pair[0].until(pair[1], ChronoUnit.DAYS) + ", negative " + p.isNegative()
                    + ", zero " + p.isZero() + ", back " + pair[0].plus(p));
        }

        int weekendBirthdays = 0;
        for (int year = 2000; year <= 2024; year++) {
            LocalDate b = MonthDay.of(2, 29).atYear(year);
            if (b.getDayOfWeek() == DayOfWeek.SATURDAY || b.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weekendBirthdays++;
            }
        }
        System.out.println("Leap Larry's celebrations on weekends 2000-2024: " + weekendBirthdays);
    }
}
