package nl.nota.lang.validation;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

import nl.nota.lang.nota.Part;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.NoteTypeRegistry;
import nl.nota.lang.types.noteType.NoteType;

/** Looks up the note type of a part in the catalog that applies to its file. */
public class PartTypes {

	@Inject
	private NoteTypeRegistry registry;

	@Inject
	private org.eclipse.xtext.util.IResourceScopeCache cache;

	/**
	 * The note types for the note {@code object} is in. Asked for every part, section and field a check looks at,
	 * so it is kept with the parsed note until the note changes (a new parse in the editor, the builder and the
	 * command line; an edit in the language server) rather than looked up in the note's folder each time.
	 */
	public NoteTypeCatalog catalogFor(EObject object) {
		org.eclipse.emf.ecore.resource.Resource resource = object.eResource();
		if (resource == null) {
			return registry.catalogFor(null);
		}
		return cache.get(PartTypes.class, resource, () -> registry.catalogFor(resource.getURI()));
	}

	public NoteType typeOf(Part part) {
		return catalogFor(part).find(part.getKind());
	}
}
