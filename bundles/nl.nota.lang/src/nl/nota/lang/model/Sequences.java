package nl.nota.lang.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** Comparing two sequences: what stayed, so that what lies between is what changed. */
public final class Sequences {

	private Sequences() {
	}

	/**
	 * A longest common subsequence of two lists, by the given equality, as the index pairs {i in a, j in b} of
	 * its elements in order: what lies between two pairs is what changed.
	 */
	public static <T> List<int[]> aligned(List<T> a, List<T> b, BiPredicate<T, T> equal) {
		int n = a.size();
		int m = b.size();
		int[][] length = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				length[i][j] = equal.test(a.get(i), b.get(j)) ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
			}
		}
		List<int[]> pairs = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (equal.test(a.get(i), b.get(j))) {
				pairs.add(new int[] { i++, j++ });
			} else if (length[i + 1][j] > length[i][j + 1]) {
				// on a tie the element of b is the one left out: of two swapped sections, the one that went up moved
				i++;
			} else {
				j++;
			}
		}
		return pairs;
	}
}
