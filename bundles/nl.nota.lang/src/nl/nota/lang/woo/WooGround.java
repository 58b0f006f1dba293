package nl.nota.lang.woo;

/** A ground of the Wet open overheid for not disclosing information: "5.1.2e", "eerbiediging van de persoonlijke levenssfeer". */
public record WooGround(String code, String title, boolean absolute) {
}
