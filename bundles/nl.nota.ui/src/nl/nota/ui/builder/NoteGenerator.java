package nl.nota.ui.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.output.NoteOutputs;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.lang.nota.Document;
import nl.nota.lang.types.NoteTypeRegistry;
import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.editor.NotaAnalysis;
import nl.nota.ui.preferences.NotaPreferences;

/**
 * Turns an analysed note into its documents, for the builder, the previews and the preview's "generate"
 * action: the same transformation and renderers as the CLI, the house style chosen the same way (the
 * workbench's default house style stands in for the CLI's --house-style).
 */
public final class NoteGenerator {

	private NoteGenerator() {
	}

	/** Why a note yields no documents, in words for the writer. */
	public static final class NotGenerated extends Exception {
		private static final long serialVersionUID = 1L;

		NotGenerated(String message) {
			super(message);
		}
	}

	/** The drafts of the note (nota and Kamerbrief); marked as CONCEPT with the gaps shown when {@code draft}. */
	public static NoteTransformer.Output transform(NotaAnalysis analysis, Path folder, boolean draft) throws NotGenerated {
		Document document = analysis.document();
		if (document == null || document.getParts().isEmpty()) {
			throw new NotGenerated("De nota heeft nog geen inhoud: begin met een regel als 'beslisnota: Onderwerp'.");
		}
		HouseStyles styles;
		try {
			styles = HouseStyles.forFolder(folder);
		} catch (IOException | RuntimeException e) {
			throw new NotGenerated("De huisstijlen in " + folder + " konden niet worden gelezen: " + e.getMessage());
		}
		Optional<HouseStyle> style = NoteOutputs.houseStyle(styles, null, document.getParts().get(0));
		if (style.isEmpty() && !NotaPreferences.houseStyle().isEmpty()) {
			style = styles.find(NotaPreferences.houseStyle());
		}
		if (style.isEmpty()) {
			throw new NotGenerated("Geen huisstijl gevonden. Zet 'huisstijl: NAAM' of 'ministerie: ...' in de kop, of kies een "
					+ "standaardhuisstijl in Window › Preferences › Nota; beschikbaar: " + String.join(", ", styles.names()) + ".");
		}
		NoteTypeRegistry registry = NotaUiPlugin.injector().getInstance(NoteTypeRegistry.class);
		return new NoteTransformer().transform(document, registry.catalogFor(analysis.uri()), style.get(), draft);
	}

	/**
	 * Renders the note's drafts in the given formats into the project's output folder and refreshes it.
	 * Everything is rendered before anything is written; each file is written atomically.
	 */
	public static List<IFile> generate(IFile note, NotaAnalysis analysis, Set<Format> formats, boolean draft, IProgressMonitor monitor)
			throws NotGenerated, CoreException {
		Path folder = note.getParent().getLocation().toFile().toPath();
		NoteTransformer.Output output = transform(analysis, folder, draft);
		IFolder target = outputFolder(note);
		Map<String, GeneratedDocument> documents = NoteOutputs.drafts(output, NoteOutputs.baseName(note.getLocation().toFile().toPath()));
		Path targetPath = target.getLocation().toFile().toPath();
		Map<Path, byte[]> rendered;
		try {
			rendered = NoteOutputs.render(documents, formats, targetPath);
			NoteOutputs.write(rendered);
		} catch (IOException | RuntimeException e) {
			throw new NotGenerated("Genereren mislukt: " + e.getMessage() + ". Eerdere uitvoer is niet aangeraakt.");
		}
		target.refreshLocal(IResource.DEPTH_ONE, monitor);
		List<IFile> files = rendered.keySet().stream().map(path -> target.getFile(path.getFileName().toString())).toList();
		for (IFile file : files) {
			if (file.exists()) {
				file.setDerived(true, monitor);
			}
		}
		return files;
	}

	/** The project's output folder (Window › Preferences › Nota › Uitvoermap). */
	public static IFolder outputFolder(IFile note) {
		IContainer project = note.getProject();
		return project.getFolder(org.eclipse.core.runtime.IPath.fromOSString(NotaPreferences.outputFolder()));
	}
}
