package nl.nota.lang.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import nl.nota.lang.nota.NotaPackage;
import nl.nota.lang.writing.WritingRules.Level;
import nl.nota.lang.writing.WritingSettings;

/** Base of the validators composed into {@link NotaValidator}: each checks one aspect of a note. */
public abstract class NotaCheck extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(NotaPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// registered through NotaValidator's @ComposedChecks
	}

	/**
	 * The region, kept inside the note's text: a region past the end made Xtext's position computation fail,
	 * and the remark was lost with an exception in the log.
	 */
	static int[] withinText(EObject object, int[] region) {
		org.eclipse.xtext.nodemodel.ICompositeNode root = org.eclipse.xtext.nodemodel.util.NodeModelUtils
				.getNode(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(object));
		if (root == null) {
			return region;
		}
		int length = root.getTotalEndOffset();
		int offset = Math.max(0, Math.min(region[0], length));
		return new int[] { offset, Math.max(0, Math.min(region[1], length - offset)) };
	}

	/** Reports at the project's chosen severity for the code ({@code schrijfregels.properties}), or not at all when it is off. */
	protected void report(WritingSettings settings, String code, Level fallback, String message, EObject object, int[] region,
			String... data) {
		region = withinText(object, region);
		switch (settings.rules().level(code, fallback)) {
			case OFF -> {
			}
			case INFO -> getMessageAcceptor().acceptInfo(message, object, region[0], region[1], code, data);
			case WARNING -> getMessageAcceptor().acceptWarning(message, object, region[0], region[1], code, data);
			case ERROR -> getMessageAcceptor().acceptError(message, object, region[0], region[1], code, data);
		}
	}
}
