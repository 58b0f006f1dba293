package nl.nota.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.ResourceNode;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;

/**
 * The note as it is saved (left) against an earlier version of it (right): Eclipse's compare editor with
 * the sections that differ above and the text below.
 */
public class NotaCompareInput extends CompareEditorInput {

	/** The compare type of notes: their structure creator and text viewer are registered for it. */
	public static final String TYPE = "nota";

	private final IFile file;
	private final String earlier;
	private final String earlierName;

	/**
	 * @param earlier     the text of the earlier version
	 * @param earlierName what that version is, as the editor's header shows it ("laatste Git-versie (HEAD)")
	 */
	public NotaCompareInput(IFile file, String earlier, String earlierName) {
		super(configuration(file, earlierName));
		this.file = file;
		this.earlier = earlier;
		this.earlierName = earlierName;
		setTitle(file.getName() + " — vergeleken met " + earlierName);
	}

	private static CompareConfiguration configuration(IFile file, String earlierName) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(file.getName() + " (nu)");
		configuration.setRightLabel(file.getName() + " (" + earlierName + ")");
		configuration.setLeftEditable(false); // a view of the versions: the note is changed in its editor
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		ResourceNode now = new ResourceNode(file) {
			@Override
			public String getType() {
				return TYPE;
			}
		};
		Version before = new Version(file.getName() + " (" + earlierName + ")", earlier);
		return new Differencer().findDifferences(false, monitor, null, null, now, before) == null ? null
				: new DiffNode(null, Differencer.CHANGE, null, now, before);
	}

	/** A version of a note as text, read-only, of the compare type of notes. */
	public record Version(String name, String text) implements ITypedElement, IStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
