package nl.nota.lang;

import com.google.inject.Injector;

import nl.nota.lang.types.NoteTypeStandaloneSetup;

/** Sets up the nota language outside Eclipse, together with the note-type language it reads its rules from. */
public class NotaStandaloneSetup extends NotaStandaloneSetupGenerated {

	public static void doSetup() {
		new NotaStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		NoteTypeStandaloneSetup.doSetup();
		return super.createInjectorAndDoEMFRegistration();
	}
}
