package nl.nota.docgen.tests.properties;

import java.util.Random;

/**
 * How long the property tests run. In every build: each place once, a PDF for one trial in five (the PDF
 * is laid out from the same HTML, which every trial checks). On demand, longer:
 * {@code releng/scripts/fuzz-outputs.sh} sets {@code nota.properties.trials} and a PDF for every trial.
 * A failure names its seed; {@code -Dnota.properties.seed=N} repeats the run.
 */
record Settings(int trials, int pdfEvery, long seed) {

	static Settings fromSystem(int places) {
		int trials = Integer.getInteger("nota.properties.trials", 0);
		long seed = Long.getLong("nota.properties.seed", System.nanoTime());
		return new Settings(Math.max(trials, places), Integer.getInteger("nota.properties.pdf-every", 5), seed);
	}

	Random random() {
		return new Random(seed);
	}

	boolean pdf(int trial) {
		return pdfEvery > 0 && trial % pdfEvery == 0;
	}
}
