/** A tiny stack-machine interpreter: its dense opcode switch compiles to tableswitch. */
public class TinyStackVm {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, DUP = 5, SWAP = 6, JZ = 7, JMP = 8, PRINT = 9, HALT = 10, DEC = 11, OVER = 12;

    static String run(int[] code) {
        int[] stack = new int[32];
        int sp = 0, pc = 0, steps = 0;
        StringBuilder out = new StringBuilder();
        while (true) {
            steps++;
            int op = code[pc++];
            switch (op) {
                case PUSH: stack[sp++] = code[pc++]; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
                case JMP: pc = code[pc]; break;
                case PRINT: out.append(stack[--sp]).append(' '); break;
                case HALT: return out.append("(steps ").append(steps).append(')').toString();
                case DEC: stack[sp - 1]--; break;
                case OVER: stack[sp] = stack[sp - 2]; sp++; break;
                default: throw new IllegalStateException("bad opcode " + op);
            }
        }
    }

    static String dayName(int day) {
        switch (day) {
            case 1: return "Mon";
            case 2: return "Tue";
            case 3: return "Wed";
            case 4: return "Thu";
            case 5: return "Fri";
            case 6: return "Sat";
            case 7: return "Sun";
            default: return "?";
        }
    }

    static int daysInMonth(int month, boolean leap) {
        switch (month) {
            case 2: return leap ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    static int fallThrough(int n) {
        int r = 0;
        switch (n) {
            case -2: r += 1;
            case -1: r += 10;
            case 0: r += 100;
            case 1: r += 1000; break;
            case 2: r += 10000;
        }
        return r;
    }

    public static void main(String[] args) {
        System.out.println("arithmetic: " + run(new int[] {PUSH, 7, PUSH, 6, MUL, PRINT, PUSH, 100, PUSH, 7, DIV, PRINT, HALT}));
        int[] countdown = {PUSH, 5, DUP, PRINT, DEC, DUP, JZ, 10, JMP, 2, HALT};
        System.out.println("countdown: " + run(countdown));
        int[] loopFact = {PUSH, 1, PUSH, 10, /*4*/ DUP, JZ, 14, SWAP, OVER, MUL, SWAP, DEC, JMP, 4, /*14*/ SWAP, PRINT, HALT};
        System.out.println("10! = " + run(loopFact));
        try {
            run(new int[] {PUSH, 1, 99});
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
        StringBuilder week = new StringBuilder();
        for (int d = 0; d <= 8; d++) week.append(dayName(d)).append(' ');
        System.out.println(week);
        int total = 0;
        for (int m = 1; m <= 12; m++) total += daysInMonth(m, false);
        System.out.println("days in year " + total + ", leap " + (total + daysInMonth(2, true) - daysInMonth(2, false)));
        for (int n = -3; n <= 3; n++) System.out.println("fallThrough(" + n + ") = " + fallThrough(n));
    }
}
