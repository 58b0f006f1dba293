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

	public NoteTypeCatalog catalogFor(EObject object) {
		return registry.catalogFor(object.eResource() == null ? null : object.eResource().getURI());
	}

	public NoteType typeOf(Part part) {
		return catalogFor(part).find(part.getKind());
	}
}
