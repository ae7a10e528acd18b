/**
 * The app's one spelling of the word: standard titles quoted from SAE J2012
 * (US English) say "Immobilizer"; on screen and paper it reads "immobiliser".
 */
export function oneSpelling(text: string): string {
	return text.replace(/immobiliz/g, 'immobilis').replace(/Immobiliz/g, 'Immobilis');
}
