// First names common in the Netherlands, for the publication check: a published text must not name a
// child, parent or submitter. No maintained npm package lists Dutch first names, so this list is
// curated by hand: the most given names of children born in the Netherlands (boys and girls, including
// names common in Dutch families of Moroccan, Turkish, Surinamese and Antillean descent) and the first
// names of their parents' and grandparents' generations. Names that are also ordinary Dutch words at
// the start of a sentence (Ben, Wil, Job, Lot, Lieve, Storm, Lente, Zomer, Hoop, Mark) are left out on
// purpose: they would flag ordinary text. Every name is written with its capital and any diacritics;
// matching ignores diacritics (Zoë matches Zoe). dutch-first-names.spec.ts keeps the list honest.

const GIRLS = `
  Emma Julia Mila Tess Sophie Zoë Sara Nora Yara Eva Olivia Saar Anna Evi Noor Liv Fenna Lotte Lieke
  Isa Maud Sarah Elin Nina Fleur Lynn Roos Luna Sofie Hailey Lina Noa Jasmijn Lisa Vera Hanna Hannah
  Femke Sanne Lauren Floor Esmee Amira Milou Ella Mia Lara Loïs Iris Linde Sofia Fien Puck Sterre
  Jill Elena Lizzy Romy Feline Merel Maria Marie Lana Ivy Juul Lola Fay Jade Vajèn Charlotte Elise
  Anne Amber Britt Demi Fenne Gwen Isabel Isabella Janna Jente Kiki Liz Lize Loes Madelief Maya Meike
  Mirthe Myla Naomi Nienke Nova Pien Rosa Rosalie Senna Sien Suze Tara Tessa Veerle Virginia Wende
  Zara Zoey Anouk Annemiek Annemarie Anneke Astrid Bianca Carla Claudia Corine Daniëlle Dianne Els
  Ellen Esther Evelien Hilde Ilse Inge Ingrid Irene Janneke Jolanda José Judith Karin Kim Linda
  Marieke Marloes Mirjam Monique Nicole Patricia Petra Renate Ria Saskia Sandra Sylvia Wendy
  Willemijn Yvonne Ymke Marjolein Margriet Mieke Miranda Natasja Chantal Debora Eline Femmie Geertje
  Gerda Hennie Jantine Jolien Joyce Kirsten Lianne Manon Mariska Martine Mariëlle Nathalie Nynke
  Priscilla Rianne Simone Suzanne Tamara Tineke Trudy Wilma Yolanda Fatima Fatma Nour Yasmina Yasmine
  Samira Salma Aya Malak Ilham Khadija Hafsa Imane Meryem Zeynep Elif Ayşe Esra Büşra Emine Hatice
  Melek Naima Soumaya Shanice Shanti Chelsey Jaylinn Kayleigh
`;

const BOYS = `
  Noah Liam Luca Lucas Sem Mees Finn Daan Levi Milan James Adam Noud Bram Sam Jesse Mason Siem Hugo
  Benjamin Boaz Thomas Teun Luuk Jens Tijn Mats Ruben Thijs Morris Otis Floris Julian Jurre Gijs Lars
  Stijn Jayden Max Dex Ties Olivier Owen Pepijn Tobias Vince Guus Joep Jan Jack Abel Alexander
  Mohammed Mohamed Muhammed Youssef Yusuf Ayoub Ibrahim Omar Bilal Hamza Amir Rayan Zakaria Ilias
  Anas Ali Ahmed Hassan Mehmet Emre Mustafa Kerem Efe Yiğit Arda Dean Dylan Fedde Hidde Jelle Jip
  Joris Jort Kai Koen Lasse Lenn Lennard Lev Lewis Lorenzo Luc Matthijs Mick Mike Nick Niek Niels
  Nathan Oscar Quinn Rick Rik Robin Ryan Samuel Sepp Sil Stan Sven Tim Tom Twan Vigo Wout Wouter Xavi
  Yannick Bart Bas Dirk Erik Frank Gert Gerrit Hans Henk Herman Jaap Jacob Jeroen Johan Jos Joost
  Kees Klaas Marco Marcel Martijn Maarten Michiel Paul Peter Piet Pieter Remco Rob Roel Ronald Ruud
  Sander Stefan Theo Wim Willem Arjen Arjan Bert Cor Dennis Edwin Erwin Ferry Frits Gerard Harm
  Hendrik Jasper Jeffrey Kevin Leon Mathijs Menno Patrick Richard Rutger Sjoerd Tjeerd Vincent Wessel
  Wilco Youri Jurgen Mitchell Sergio Shane Dwayne Glenn Jermaine
`;

/** The names as written, with capitals and diacritics. */
export const DUTCH_FIRST_NAMES: readonly string[] = `${GIRLS} ${BOYS}`.split(/\s+/).filter(Boolean);

/** Lower case without diacritics, the form `isDutchFirstName` compares. */
export function firstNameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const KEYS: ReadonlySet<string> = new Set(DUTCH_FIRST_NAMES.map(firstNameKey));

/** True for a word written with a capital that is a common Dutch first name. */
export function isDutchFirstName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && KEYS.has(firstNameKey(word));
}
