/*
 * @fileoverview Tree bins of HashMap: a bin that grows past 8 nodes (in a table of 64+ slots)
 * becomes a red-black tree ordered by hash, then by compareTo when the keys are of one
 * Comparable class, then by class name and identity hash. The nodes also stay linked through
 * next/prev, and that list is the bin's iteration order: new nodes go right after their tree
 * parent and the root is moved to the front after every rebalancing, exactly as HotSpot does,
 * so iteration order matches the JDK for colliding keys too (when keys are Comparable;
 * identity-hash tie-breaks are random in both VMs).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A HashMap bin node that is also a red-black tree node. */
final class HashMapTreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
    HashMapTreeNode<K, V> parent;
    HashMapTreeNode<K, V> left;
    HashMapTreeNode<K, V> right;
    /** Previous node in the bin's list (next is inherited). */
    HashMapTreeNode<K, V> prev;
    boolean red;

    HashMapTreeNode(int hash, K key, V val, HashMap.Node<K, V> next) {
        super(hash, key, val, next);
    }

    /** The root of the tree containing this node. */
    HashMapTreeNode<K, V> root() {
        HashMapTreeNode<K, V> r = this;
        while (r.parent != null) {
            r = r.parent;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private HashMapTreeNode<K, V> nextNode() {
        return (HashMapTreeNode<K, V>) next;
    }

    /** Makes {@code root} the first node of its bin's list (and the bin's table entry). */
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashMapTreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & root.hash;
        @SuppressWarnings("unchecked")
        HashMapTreeNode<K, V> first = (HashMapTreeNode<K, V>) tab[index];
        if (root == first) {
            return;
        }
        // unlink root from its list position...
        HashMapTreeNode<K, V> before = root.prev;
        HashMapTreeNode<K, V> after = root.nextNode();
        if (after != null) {
            after.prev = before;
        }
        if (before != null) {
            before.next = after;
        }
        // ...and push it in front of the old first node
        if (first != null) {
            first.prev = root;
        }
        root.next = first;
        root.prev = null;
        tab[index] = root;
    }

    /** Finds the node for (h, k) in the subtree rooted here; kc caches k's comparable class. */
    HashMapTreeNode<K, V> find(int h, Object k, Class<?> kc) {
        HashMapTreeNode<K, V> p = this;
        while (p != null) {
            HashMapTreeNode<K, V> pl = p.left;
            HashMapTreeNode<K, V> pr = p.right;
            K pk;
            if (p.hash > h) {
                p = pl;
            } else if (p.hash < h) {
                p = pr;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else if (pl == null) {
                p = pr;
            } else if (pr == null) {
                p = pl;
            } else {
                int dir;
                if ((kc != null || (kc = comparableClassFor(k)) != null)
                        && (dir = compareComparables(kc, k, pk)) != 0) {
                    p = (dir < 0) ? pl : pr;
                } else {
                    // order unknown: search the right subtree, then continue left
                    HashMapTreeNode<K, V> q = pr.find(h, k, kc);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
        }
        return null;
    }

    /** Lookup from any node of the tree. */
    HashMapTreeNode<K, V> getTreeNode(int h, Object k) {
        return ((parent != null) ? root() : this).find(h, k, null);
    }

    /** x's class if it is C implementing Comparable directly (the JDK checks Comparable<C>). */
    static Class<?> comparableClassFor(Object x) {
        if (x instanceof Comparable) {
            Class<?> c = x.getClass();
            if (c == String.class) {
                return c;
            }
            for (Class<?> i : c.getInterfaces()) {
                if (i == Comparable.class) {
                    return c;
                }
            }
        }
        return null;
    }

    /** k.compareTo(x) if x is of class kc, else 0. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static int compareComparables(Class<?> kc, Object k, Object x) {
        return (x == null || x.getClass() != kc ? 0 : ((Comparable) k).compareTo(x));
    }

    /** Total order for keys with equal hashes that compareTo cannot separate. */
    static int tieBreakOrder(Object a, Object b) {
        int d;
        if (a == null || b == null
                || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0) {
            d = (System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1);
        }
        return d;
    }

    /** Direction (-1 left, 1 right) for inserting (h, k) below p, never 0. */
    private static int insertionDirection(int h, Object k, Class<?>[] kcHolder, HashMapTreeNode<?, ?> p) {
        if (p.hash > h) {
            return -1;
        } else if (p.hash < h) {
            return 1;
        }
        int dir;
        if ((kcHolder[0] == null && (kcHolder[0] = comparableClassFor(k)) == null)
                || (dir = compareComparables(kcHolder[0], k, p.key)) == 0) {
            dir = tieBreakOrder(k, p.key);
        }
        return dir;
    }

    /** Builds a tree from the list starting at this node (in list order), then fronts the root. */
    void treeify(HashMap.Node<K, V>[] tab) {
        HashMapTreeNode<K, V> root = null;
        HashMapTreeNode<K, V> next;
        for (HashMapTreeNode<K, V> x = this; x != null; x = next) {
            next = x.nextNode();
            x.left = x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            Class<?>[] kc = new Class<?>[1];
            HashMapTreeNode<K, V> p = root;
            while (true) {
                int dir = insertionDirection(x.hash, x.key, kc, p);
                HashMapTreeNode<K, V> xp = p;
                p = (dir <= 0) ? p.left : p.right;
                if (p == null) {
                    x.parent = xp;
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
            }
        }
        moveRootToFront(tab, root);
    }

    /** Converts the list starting here back into plain nodes, keeping the order. */
    HashMap.Node<K, V> untreeify(HashMap<K, V> map) {
        HashMap.Node<K, V> hd = null;
        HashMap.Node<K, V> tl = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    /**
     * Tree version of putVal: returns the existing node for k, or inserts a new node (linked
     * right after its tree parent in the bin list) and returns null.
     */
    HashMapTreeNode<K, V> putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int h, K k, V v) {
        Class<?> kc = null;
        boolean searched = false;
        HashMapTreeNode<K, V> root = (parent != null) ? root() : this;
        HashMapTreeNode<K, V> p = root;
        while (true) {
            int dir;
            K pk;
            if (p.hash > h) {
                dir = -1;
            } else if (p.hash < h) {
                dir = 1;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else if ((kc == null && (kc = comparableClassFor(k)) == null)
                    || (dir = compareComparables(kc, k, pk)) == 0) {
                // not ordered by compareTo: the key may sit in either subtree, look once
                if (!searched) {
                    searched = true;
                    HashMapTreeNode<K, V> q;
                    if ((p.left != null && (q = p.left.find(h, k, kc)) != null)
                            || (p.right != null && (q = p.right.find(h, k, kc)) != null)) {
                        return q;
                    }
                }
                dir = tieBreakOrder(k, pk);
            }
            HashMapTreeNode<K, V> xp = p;
            p = (dir <= 0) ? p.left : p.right;
            if (p == null) {
                HashMap.Node<K, V> xpn = xp.next;
                HashMapTreeNode<K, V> x = map.newTreeNode(h, k, v, xpn);
                if (dir <= 0) {
                    xp.left = x;
                } else {
                    xp.right = x;
                }
                xp.next = x;
                x.parent = x.prev = xp;
                if (xpn != null) {
                    ((HashMapTreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    /**
     * Removes this node (which must be present). A tree that became too small is turned back
     * into a list; {@code movable} false (iterator removal) leaves the root where it is.
     */
    @SuppressWarnings("unchecked")
    void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, boolean movable) {
        int n;
        if (tab == null || (n = tab.length) == 0) {
            return;
        }
        int index = (n - 1) & hash;
        HashMapTreeNode<K, V> first = (HashMapTreeNode<K, V>) tab[index];
        HashMapTreeNode<K, V> root = first;
        HashMapTreeNode<K, V> succ = nextNode();
        HashMapTreeNode<K, V> pred = prev;
        // unlink from the bin list
        if (pred == null) {
            tab[index] = first = succ;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.prev = pred;
        }
        if (first == null) {
            return;
        }
        if (root.parent != null) {
            root = root.root();
        }
        HashMapTreeNode<K, V> rl;
        if (root == null || (movable && (root.right == null || (rl = root.left) == null || rl.left == null))) {
            tab[index] = first.untreeify(map);
            return;
        }
        // unlink from the tree (CLR deletion; a node with two children swaps with its successor)
        HashMapTreeNode<K, V> p = this;
        HashMapTreeNode<K, V> pl = left;
        HashMapTreeNode<K, V> pr = right;
        HashMapTreeNode<K, V> replacement;
        if (pl != null && pr != null) {
            HashMapTreeNode<K, V> s = pr;
            while (s.left != null) {
                s = s.left;
            }
            boolean c = s.red;
            s.red = p.red;
            p.red = c;
            HashMapTreeNode<K, V> sr = s.right;
            HashMapTreeNode<K, V> pp = p.parent;
            if (s == pr) {
                p.parent = s;
                s.right = p;
            } else {
                HashMapTreeNode<K, V> sp = s.parent;
                if ((p.parent = sp) != null) {
                    if (s == sp.left) {
                        sp.left = p;
                    } else {
                        sp.right = p;
                    }
                }
                if ((s.right = pr) != null) {
                    pr.parent = s;
                }
            }
            p.left = null;
            if ((p.right = sr) != null) {
                sr.parent = p;
            }
            if ((s.left = pl) != null) {
                pl.parent = s;
            }
            if ((s.parent = pp) == null) {
                root = s;
            } else if (p == pp.left) {
                pp.left = s;
            } else {
                pp.right = s;
            }
            replacement = (sr != null) ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            HashMapTreeNode<K, V> pp = replacement.parent = p.parent;
            if (pp == null) {
                (root = replacement).red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = p.right = p.parent = null;
        }
        HashMapTreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            // p had no children: it served as the phantom during rebalancing, detach it now
            HashMapTreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) {
                    pp.left = null;
                } else if (p == pp.right) {
                    pp.right = null;
                }
            }
        }
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    /**
     * Resize: splits this tree bin (at old index {@code index}) into the lo and hi bins of the
     * doubled table, keeping list order; halves of 6 or fewer nodes become lists.
     */
    void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index, int bit) {
        HashMapTreeNode<K, V> loHead = null;
        HashMapTreeNode<K, V> loTail = null;
        HashMapTreeNode<K, V> hiHead = null;
        HashMapTreeNode<K, V> hiTail = null;
        int lc = 0;
        int hc = 0;
        HashMapTreeNode<K, V> next;
        for (HashMapTreeNode<K, V> e = this; e != null; e = next) {
            next = e.nextNode();
            e.next = null;
            if ((e.hash & bit) == 0) {
                if ((e.prev = loTail) == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                ++lc;
            } else {
                if ((e.prev = hiTail) == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                ++hc;
            }
        }
        if (loHead != null) {
            if (lc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index] = loHead.untreeify(map);
            } else {
                tab[index] = loHead;
                if (hiHead != null) {
                    loHead.treeify(tab);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index + bit] = hiHead.untreeify(map);
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null) {
                    hiHead.treeify(tab);
                }
            }
        }
    }

    // ---- red-black balancing (CLR), returning the possibly new root ----

    static <K, V> HashMapTreeNode<K, V> rotateLeft(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> r;
        if (p != null && (r = p.right) != null) {
            HashMapTreeNode<K, V> rl = p.right = r.left;
            if (rl != null) {
                rl.parent = p;
            }
            HashMapTreeNode<K, V> pp = r.parent = p.parent;
            if (pp == null) {
                (root = r).red = false;
            } else if (pp.left == p) {
                pp.left = r;
            } else {
                pp.right = r;
            }
            r.left = p;
            p.parent = r;
        }
        return root;
    }

    static <K, V> HashMapTreeNode<K, V> rotateRight(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> l;
        if (p != null && (l = p.left) != null) {
            HashMapTreeNode<K, V> lr = p.left = l.right;
            if (lr != null) {
                lr.parent = p;
            }
            HashMapTreeNode<K, V> pp = l.parent = p.parent;
            if (pp == null) {
                (root = l).red = false;
            } else if (pp.right == p) {
                pp.right = l;
            } else {
                pp.left = l;
            }
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    /** Insertion fix-up for the red node x. */
    static <K, V> HashMapTreeNode<K, V> balanceInsertion(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> x) {
        x.red = true;
        while (true) {
            HashMapTreeNode<K, V> xp = x.parent;
            HashMapTreeNode<K, V> xpp;
            if (xp == null) {
                x.red = false;
                return x;
            } else if (!xp.red || (xpp = xp.parent) == null) {
                return root;
            }
            HashMapTreeNode<K, V> xppl = xpp.left;
            if (xp == xppl) {
                HashMapTreeNode<K, V> uncle = xpp.right;
                if (uncle != null && uncle.red) {
                    uncle.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        root = rotateLeft(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        root = rotateRight(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    private static boolean isBlack(HashMapTreeNode<?, ?> n) {
        return n == null || !n.red;
    }

    /** Deletion fix-up starting at x (the node that replaced the removed one, or the phantom). */
    static <K, V> HashMapTreeNode<K, V> balanceDeletion(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> x) {
        while (true) {
            HashMapTreeNode<K, V> xp;
            if (x == null || x == root) {
                return root;
            } else if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            } else if (x.red) {
                x.red = false;
                return root;
            } else if (xp.left == x) {
                HashMapTreeNode<K, V> sib = xp.right;
                if (sib != null && sib.red) {
                    sib.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    sib = (xp = x.parent) == null ? null : xp.right;
                }
                if (sib == null) {
                    x = xp;
                } else if (isBlack(sib.left) && isBlack(sib.right)) {
                    sib.red = true;
                    x = xp;
                } else {
                    if (isBlack(sib.right)) {
                        if (sib.left != null) {
                            sib.left.red = false;
                        }
                        sib.red = true;
                        root = rotateRight(root, sib);
                        sib = (xp = x.parent) == null ? null : xp.right;
                    }
                    if (sib != null) {
                        sib.red = (xp == null) ? false : xp.red;
                        if (sib.right != null) {
                            sib.right.red = false;
                        }
                    }
                    if (xp != null) {
                        xp.red = false;
                        root = rotateLeft(root, xp);
                    }
                    x = root;
                }
            } else {
                HashMapTreeNode<K, V> sib = xp.left;
                if (sib != null && sib.red) {
                    sib.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    sib = (xp = x.parent) == null ? null : xp.left;
                }
                if (sib == null) {
                    x = xp;
                } else if (isBlack(sib.left) && isBlack(sib.right)) {
                    sib.red = true;
                    x = xp;
                } else {
                    if (isBlack(sib.left)) {
                        if (sib.right != null) {
                            sib.right.red = false;
                        }
                        sib.red = true;
                        root = rotateLeft(root, sib);
                        sib = (xp = x.parent) == null ? null : xp.left;
                    }
                    if (sib != null) {
                        sib.red = (xp == null) ? false : xp.red;
                        if (sib.left != null) {
                            sib.left.red = false;
                        }
                    }
                    if (xp != null) {
                        xp.red = false;
                        root = rotateRight(root, xp);
                    }
                    x = root;
                }
            }
        }
    }
}
