import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A warehouse inventory that identifies items by UUID: stable name-based ids for SKUs, ids
 * imported from a partner feed (some malformed), random ids for new shipments, and a SHA-256
 * manifest checksum per bin.
 */
public class UuidInventory {
    record Item(UUID id, String sku, String bin, int qty) {}

    static final String[] FEED = {
        "SKU-1001,A1,12,123e4567-e89b-12d3-a456-426614174000",
        "SKU-1002,A1,3,C232AB00-9414-11EC-B3C8-9F6BDECED846",
        "SKU-1003,B2,40,f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
        "SKU-1004,B2,7,1-2-3-4-5",
        "SKU-1005,C3,1,00000000-0000-0000-0000-000000000000",
        "SKU-1006,C3,9,ffffffff-ffff-ffff-ffff-ffffffffffff",
        "SKU-1007,A1,5,123e4567-e89b-12d3-a456-42661417400g",
        "SKU-1008,B2,2,123e4567-e89b-12d3-a456",
        "SKU-1009,C3,8,123e4567-e89b-12d3-a456-4266141740000",
        "SKU-1010,A1,6,-e89b-12d3-a456-426614174000",
        "SKU-1011,B2,4,80000000-0000-0000-0000-000000000001",
        "SKU-1012,C3,11,7fffffff-ffff-ffff-8000-000000000000",
    };

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x", b));
        return sb.toString();
    }

    static String kind(UUID u) {
        String variant = switch (u.variant()) {
            case 0 -> "NCS";
            case 2 -> "IETF";
            case 6 -> "Microsoft";
            default -> "reserved";
        };
        return "v" + u.version() + "/" + variant;
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        List<Item> items = new ArrayList<>();
        System.out.println("== importing partner feed");
        for (String line : FEED) {
            String[] f = line.split(",");
            try {
                UUID id = UUID.fromString(f[3]);
                items.add(new Item(id, f[0], f[1], Integer.parseInt(f[2])));
                System.out.printf("%-8s %s %s%n", f[0], id, kind(id));
            } catch (IllegalArgumentException e) {
                System.out.printf("%-8s rejected: %s%n", f[0], e);
            }
        }

        System.out.println("== name-based ids (stable across runs)");
        for (String sku : new String[] {"SKU-2001", "SKU-2002", "widget", ""}) {
            UUID id = UUID.nameUUIDFromBytes(("acme:" + sku).getBytes(StandardCharsets.UTF_8));
            items.add(new Item(id, sku.isEmpty() ? "(blank)" : sku, "D4", sku.length()));
            System.out.println(id + " " + kind(id) + " hash=" + id.hashCode()
                    + " msb=" + Long.toHexString(id.getMostSignificantBits()));
        }
        UUID again = UUID.nameUUIDFromBytes("acme:widget".getBytes(StandardCharsets.UTF_8));
        System.out.println("widget id is stable: " + again.equals(items.get(items.size() - 2).id()));

        System.out.println("== sorted by UUID.compareTo (signed halves)");
        TreeSet<UUID> sorted = new TreeSet<>();
        for (Item it : items) sorted.add(it.id());
        for (UUID u : sorted) System.out.println("  " + u);
        System.out.println("== sorted by string form");
        TreeSet<String> byText = new TreeSet<>();
        for (Item it : items) byText.add(it.id().toString());
        for (String s : byText) System.out.println("  " + s);

        System.out.println("== time-based details");
        for (Item it : items) {
            UUID u = it.id();
            try {
                System.out.printf("%s ts=%d clock=%d node=%x%n", it.sku(), u.timestamp(), u.clockSequence(), u.node());
            } catch (UnsupportedOperationException e) {
                if (it.sku().endsWith("1")) System.out.println(it.sku() + ": " + e.getMessage());
            }
        }

        System.out.println("== new shipments (random ids)");
        Set<UUID> seen = new HashSet<>();
        int ok = 0;
        for (int i = 0; i < 200; i++) {
            UUID u = UUID.randomUUID();
            String s = u.toString();
            boolean shape = s.length() == 36 && s.charAt(14) == '4' && "89ab".indexOf(s.charAt(19)) >= 0;
            if (u.version() == 4 && u.variant() == 2 && shape && UUID.fromString(s).equals(u) && seen.add(u)) ok++;
        }
        System.out.println("well-formed unique random ids: " + ok + "/200");

        System.out.println("== bin manifests (SHA-256 of sorted lines)");
        Map<String, List<String>> bins = new TreeMap<>();
        for (Item it : items) bins.computeIfAbsent(it.bin(), k -> new ArrayList<>()).add(it.id() + " x" + it.qty());
        Map<String, String> checksums = new HashMap<>();
        for (Map.Entry<String, List<String>> e : bins.entrySet()) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<String> lines = new ArrayList<>(e.getValue());
            lines.sort(null);
            for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            String sum = hex(md.digest());
            checksums.put(e.getKey(), sum);
            System.out.println(e.getKey() + " " + lines.size() + " items " + sum);
        }
        MessageDigest md5 = MessageDigest.getInstance("md5");
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        for (String bin : bins.keySet()) {
            byte[] b = checksums.get(bin).getBytes(StandardCharsets.US_ASCII);
            md5.update(b);
            sha1.update(b);
        }
        System.out.print(md5);
        System.out.println(md5.getAlgorithm() + " of manifests " + hex(md5.digest()));
        System.out.println("SHA-1 of manifests " + hex(sha1.digest()));
        System.out.println(MessageDigest.isEqual(sha1.digest(), MessageDigest.getInstance("SHA").digest()));
        try {
            MessageDigest.getInstance("SHA-999");
        } catch (NoSuchAlgorithmException e) {
            System.out.println(e.getMessage());
        }
    }
}
