package nl.nota.ui;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Work handed over to a job, per key: a newer value replaces one not yet taken, and keys are taken in the
 * order they first came. Safe to use from any thread.
 */
public final class Pending<K, V> {

	private final Map<K, V> latest = new LinkedHashMap<>();

	public synchronized void put(K key, V value) {
		latest.put(key, value);
	}

	/** The first key with its latest value, no longer pending; null when nothing is. */
	public synchronized Map.Entry<K, V> take() {
		Iterator<Map.Entry<K, V>> next = latest.entrySet().iterator();
		if (!next.hasNext()) {
			return null;
		}
		Map.Entry<K, V> entry = next.next();
		next.remove();
		return Map.entry(entry.getKey(), entry.getValue());
	}
}
