/**
 * The shape of a knowledge folder. Validated at start-up and in a test; an error names the file
 * and the field. Nothing here is about one particular story: a folder for another article and fact
 * sheet uses the same schema.
 */
import { z } from "zod";

// Each schema here parses once, at start-up: compiling a fast path for it (zod's JIT, which
// generates code with new Function) costs more than it saves.
z.config({ jitless: true });

/** This module's own file: its text identifies the schema's version (see validation-cache.ts). */
export const SCHEMA_MODULE_URL = import.meta.url;

export const languageSchema = z.enum(["ko", "en"]);
export type Language = z.infer<typeof languageSchema>;

const text = z.string().trim().min(1);
/** A text in both languages the bot speaks. */
export const bilingualSchema = z.object({ ko: text, en: text });
export type Bilingual = z.infer<typeof bilingualSchema>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase id (a-z, 0-9, -)");

export const qualifierSchema = z.enum(["up_to", "initially", "about", "at_least"]);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const figureSchema = z.object({
  value: z.number().positive(),
  unit: z.enum(["USD", "KRW", "GW", "MW", "percent", "count"]),
  qualifiers: z.array(qualifierSchema).default([]),
});
export type Figure = z.infer<typeof figureSchema>;

export const sourceSchema = z.object({
  id,
  title: text,
  url: z.url({ protocol: /^https?$/ }),
});
export type Source = z.infer<typeof sourceSchema>;

export const entitySchema = z.object({
  id,
  name: bilingualSchema,
  /** Colour used when drawing this entity, as #RRGGBB. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #0078D4")
    .optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const manifestSchema = z.object({
  name: id,
  topic: bilingualSchema,
  summaryTitle: bilingualSchema,
  article: z.object({
    file: text,
    language: languageSchema,
    title: bilingualSchema,
    /** Title for the text before the first section heading. */
    leadSection: bilingualSchema,
    /**
     * What kind of piece it is ("blog post"), with the words people use for that kind. Its
     * outlet, author and date are taken as not given: the answerer says they are not covered.
     */
    kind: z.object({ name: bilingualSchema, forms: z.array(text).min(1) }).optional(),
    /** Optional file of translations of every heading and sentence. */
    translations: text.optional(),
  }),
  exampleQuestions: z.object({ ko: z.array(text).min(1), en: z.array(text).min(1) }),
  entities: z.array(entitySchema).min(1),
  sources: z.array(sourceSchema).default([]),
  /** Words about this topic that the answerer reads past (see docs/answering.md). */
  search: z
    .object({
      /** Words too common in this topic to tell passages apart ("deal" in a story about one). */
      stopwords: z.array(text).default([]),
      /** Things people ask for trading advice about here (tickers, "stock"): never answered. */
      adviceTopics: z.array(text).default([]),
    })
    .default({ stopwords: [], adviceTopics: [] }),
  /** Optional file of slang, abbreviations and chat words and what they mean here. */
  glossary: text.optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const factSchema = z
  .object({
    id,
    /** figure: a number; claim: a statement; correction: where the record differs from the article. */
    kind: z.enum(["figure", "claim", "correction"]),
    /** Key facts make up the summary. */
    key: z.boolean().default(false),
    /**
     * Context from before this deal (Microsoft's stake in OpenAI), not one of the deal's own
     * facts: a question about such a relation between its parties is that fact's question.
     */
    background: z.boolean().default(false),
    label: bilingualSchema,
    /**
     * Who or what the fact is about: concept ids (aliases.json) or "article". With `relation` and
     * `object` it lets the answerer check that a question asks about the same thing.
     */
    subject: z.array(id).default([]),
    /** What the fact says about its subject: a relation id from the facts file's `relations`. */
    relation: id.optional(),
    /** The other parties the fact involves (concept ids). */
    object: z.array(id).default([]),
    /** Further subject-relation pairs the same fact answers (a CEO's quote also names the CEO). */
    also: z.array(z.object({ subject: z.array(id).min(1), relation: id })).default([]),
    statement: bilingualSchema,
    figure: figureSchema.optional(),
    /** Verbatim article text the fact rests on (or, for a correction, the text it corrects). */
    quote: text.optional(),
    /** Ids of manifest sources. */
    sources: z.array(id).default([]),
    /** Who reported it, when the fact comes from the press rather than a listed source. */
    reportedBy: text.optional(),
    /** Extra search words, any language. */
    keywords: z.array(text).default([]),
  })
  .refine(
    (fact) => fact.quote !== undefined || fact.sources.length > 0 || fact.reportedBy !== undefined,
    { message: "needs a verbatim article quote, a source or a reportedBy", path: ["quote"] },
  );
export type Fact = z.infer<typeof factSchema>;

/** A kind of thing a question may ask about a subject, and the words that ask for it. */
export const relationSchema = z.object({
  id,
  /** A noun phrase: "valuation", "기업가치". */
  label: bilingualSchema,
  /** Concepts (aliases.json) whose words ask for this relation. */
  concepts: z.array(id).default([]),
  /** Further words or phrases, any language. */
  forms: z.array(text).default([]),
  /**
   * Whether an article sentence naming a party and this relation covers it for that party. False
   * for relations only the fact sheet may answer (an investment, a valuation): no fact, no answer.
   */
  passages: z.boolean().default(true),
});
export type Relation = z.infer<typeof relationSchema>;

/** A display name for a concept that is not one of the manifest's entities. */
export const nameSchema = z.object({
  id,
  name: bilingualSchema,
  /**
   * The party (a manifest entity) that makes this product, and the relations in which the product
   * stands for it when no fact says them of the product itself (the compute a model runs on, money
   * put into it). Not every relation: a product's price is no maker's valuation.
   */
  madeBy: z.object({ party: id, relations: z.array(id).min(1) }).optional(),
});

/** A company or person the knowledge does not cover, with the names people use for it. */
export const outsideEntitySchema = z.object({
  id,
  name: bilingualSchema,
  forms: z.array(text).min(1),
});
export type OutsideEntity = z.infer<typeof outsideEntitySchema>;

export const factsFileSchema = z.object({
  facts: z.array(factSchema).min(1),
  relations: z.array(relationSchema).default([]),
  names: z.array(nameSchema).default([]),
  /** What the knowledge does not cover: questions about these are turned away. */
  outside: z
    .object({
      entities: z.array(outsideEntitySchema).default([]),
      /**
       * Other news about the same companies (a project, a reorganisation, an earnings call, export
       * rules): named beside the story, or mistaken for it, and covered no more than an outside
       * company. Read as outside parties: "The article doesn't cover Stargate."
       */
      events: z.array(outsideEntitySchema).default([]),
      relations: z
        .array(
          relationSchema.omit({ concepts: true, passages: true }).extend({
            /**
             * Asked only beside one of these words ("name" said of the unnamed expert): a form
             * too common alone ("name", "이름") is then not covered only for what it is said of.
             */
            with: z.array(text).default([]),
            /**
             * Said after "not covered", where a bare "not covered" would mislead: the article
             * quotes an expert and gives no name ("It quotes only 'one tech expert'…").
             */
            note: bilingualSchema.optional(),
            /**
             * The covered relation this one is taken for between the story's parties ("Microsoft
             * bought Anthropic": it invests in it): a claim of this one between two parties a fact
             * of that one joins is a no, with that fact.
             */
            mistakenFor: id.optional(),
            /**
             * The covered relation that answers this one between two parties a fact of it joins:
             * money given before this deal is not covered, but Microsoft's in OpenAI is its
             * invests-in fact ("has Microsoft ever invested in OpenAI before?").
             */
            coveredBy: id.optional(),
          }),
        )
        .default([]),
    })
    .default({ entities: [], events: [], relations: [] }),
});
export type FactsFile = z.infer<typeof factsFileSchema>;

export const flowSchema = z.object({
  id,
  from: id,
  to: id,
  /**
   * payment: money goes from `from` to `to`; compute: `from` runs on capacity `to` provides (a
   * figure is then capacity, not money), drawn unlike a payment.
   */
  kind: z.enum(["payment", "compute"]).default("payment"),
  what: bilingualSchema,
  /**
   * The money buys what `what` names (not a stake): asked why `from` pays `to`, that purchase is
   * the answer, not a motive.
   */
  purchase: z.boolean().default(false),
  figure: figureSchema.optional(),
  /** The fact this flow rests on. */
  fact: id,
});
export type Flow = z.infer<typeof flowSchema>;

/** What one party sells another where no money flow is given: the customer buys `what`. */
export const supplySchema = z.object({
  id,
  supplier: id,
  customer: id,
  what: bilingualSchema,
  /** The fact this supply rests on. */
  fact: id,
  /** A fact that says the two buy from each other (someone's words for it), when one does. */
  said: id.optional(),
});
export type Supply = z.infer<typeof supplySchema>;

export const flowsFileSchema = z.object({
  flows: z.array(flowSchema).default([]),
  supplies: z.array(supplySchema).default([]),
  /** A cycle of entity ids, first and last the same, when the money goes round. */
  loop: z
    .object({ path: z.array(id).min(3), fact: id })
    .refine((loop) => loop.path[0] === loop.path.at(-1), {
      message: "must end where it starts",
      path: ["path"],
    })
    .optional(),
});
export type FlowsFile = z.infer<typeof flowsFileSchema>;

export const conceptSchema = z.object({
  id,
  /** The entity (manifest.entities) this concept names, if any. */
  entity: id.optional(),
  /** The words ask for a number ("how much", "얼마"), a reason ("why", "왜") or a summary. */
  intent: z.enum(["figure", "reason", "summary"]).optional(),
  /** For an intent: concepts it implies, searched with a lower weight ("why" -> "strategy"). */
  related: z.array(id).default([]),
  forms: z.array(text).min(1),
});
export type Concept = z.infer<typeof conceptSchema>;

export const aliasesFileSchema = z.object({ concepts: z.array(conceptSchema).default([]) });

/** Pairs of the same heading or sentence in both languages; the article's side is verbatim. */
export const translationsFileSchema = z.object({ entries: z.array(bilingualSchema) });

/** Slang and abbreviations, read as the plain words they stand for before a question is matched. */
export const glossaryEntrySchema = z.object({
  /** Spellings people use, any language ("tl;dr", "eli5", "팽당"). */
  say: z.array(text).min(1),
  /** What they mean, in words the knowledge uses; empty for chat filler ("lol"). */
  means: z.string().trim(),
  /**
   * The spellings are names (a product, a person) and `means` is the company they belong to: the
   * possessive phrases of a name ("claude's parents", "클로드네", "the company behind claude") read
   * as that company, while the name alone stays what it is (see src/search/glossary.ts).
   */
  owner: z.boolean().optional(),
  /**
   * The spellings are verbs in their dictionary form ("던지다", "pony up"): each of their chat forms
   * reads as `means` (던졌냐, 던짐, ponied up), derived by src/search/{korean,english}-conjugate.ts.
   */
  verb: z.boolean().optional(),
  /**
   * Read only in a question that has one of these words (a Latin one starting a word, a Korean one
   * anywhere) and none of `unless`: a boss's name as his company when money is talked of ("jensen
   * put in"), but not when his own words are asked ("what did jensen say").
   */
  when: z.array(text).min(1).optional(),
  /** Never read in a question with one of these words; alone (no `when`), read in any other. */
  unless: z.array(text).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A word list's name, as an entry's `when` / `unless` names it ("@money-talk"). */
export const WORD_LIST_REFERENCE = /^@([a-z][a-z0-9-]*)$/;

export const glossaryFileSchema = z.object({
  /**
   * Word lists that several entries' `when` / `unless` share, written once: an entry names one as
   * "@name" among its words, and it stands for the list's words (src/knowledge/glossary-word-lists.ts).
   */
  wordLists: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(text).min(1)).default({}),
  entries: z.array(glossaryEntrySchema).default([]),
});
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
