"""The nouns of ficlens: one `Work` flows through the pipeline and each stage fills its layer.

Every span is a pair of character offsets (Python string indices, end exclusive) into
`Work.text`, so any layer can be shown in context and scored against gold offsets.
The JSON form (`Work.to_dict`) is the public contract `ficlens.work/1`: fields may be
added, none renamed without a new schema version.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ficlens.layers import Layers

SCHEMA = "ficlens.work/1"

# Segment kinds; story analysis runs only on STORY segments.
STORY = "story"
TITLE = "title"
AUTHOR_NOTE = "author_note"
SUMMARY = "summary"
CHAPTER_HEADING = "chapter_heading"
SEGMENT_KINDS = (TITLE, STORY, AUTHOR_NOTE, SUMMARY, CHAPTER_HEADING)


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Source:
    path: str | None = None
    format: str = "text"  # text | ao3_html | epub | string
    sha256: str | None = None


@dataclass(slots=True)
class Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    fandoms: list[str] = field(default_factory=list)
    rating: str | None = None
    warnings: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    language: str | None = None
    summary: str | None = None
    notes: list[str] = field(default_factory=list)
    # What the author claims: relationship / character / freeform tags, as on AO3.
    tags: dict[str, list[str]] = field(
        default_factory=lambda: {"relationship": [], "character": [], "freeform": []}
    )
    stats: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    words: int = 0


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    kind: str  # one of SEGMENT_KINDS


@dataclass(slots=True)
class Chapter:
    index: int
    title: str | None
    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    tense: str | None = None  # past | present | none; set by narrative/
    pov_character: str | None = None  # character id; set by narrative/


@dataclass(slots=True)
class Character:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    pronouns: str | None = None  # he | she | they | it (given in a list) | None when unknown
    mentions: int = 0
    quotes: int = 0
    words_spoken: int = 0
    present: bool = True
    canonical: str | None = None  # name from a fandom pack, when one matched


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    character: str
    kind: str  # name | alias | pronoun | title


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    speaker: str | None = None
    addressees: list[str] = field(default_factory=list)
    evidence: str | None = None  # explicit | anaphoric | implicit
    cue: Span | None = None
    confidence: float = 0.0
    # speech | non_speech (a sign, a word mentioned, italic thought): non-speech gets no speaker |
    # thought (a quoted thought, `speakers.thinkers`): its speaker is the thinker
    kind: str = "speech"
    # index (in `Work.quotes`) of the first part of the utterance this quote continues (a
    # quote running over paragraphs is one quote per paragraph); None for a first part
    part_of: int | None = None


@dataclass(slots=True)
class Interaction:
    a: str
    b: str
    conversations: int = 0
    co_presence: int = 0
    mentions: int = 0
    weight: float = 0.0


@dataclass(slots=True)
class Relationship:
    tag: str
    kind: str  # romantic | platonic | family (an AO3 "&" tag like platonic)
    characters: list[str]
    confidence: float
    evidence: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Work:
    text: str
    source: Source = field(default_factory=Source)
    meta: Meta = field(default_factory=Meta)
    segments: list[Segment] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    scene_breaks: list[int] = field(default_factory=list)
    characters: list[Character] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    narrative: dict[str, Any] = field(default_factory=dict)
    interactions: list[Interaction] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    # Author's relationship tags vs inferred ones (AO3 downloads): {"author", "inferred",
    # "matched", "precision", "recall"}; empty when the author gave no relationship tags.
    tag_agreement: dict[str, Any] = field(default_factory=dict)
    # Typed working layers shared between stages (`ficlens.layers`), not in the JSON output.
    layers: Layers = field(default_factory=Layers, compare=False, repr=False)

    def story_spans(self) -> list[Span]:
        """The spans of story text (not titles, notes or headings) that analysis reads."""
        return [Span(s.start, s.end) for s in self.segments if s.kind == STORY]

    def character(self, cid: str | None) -> Character | None:
        if cid is None:
            return None
        for c in self.characters:
            if c.id == cid:
                return c
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA}
        # source and meta first, as a reader of the JSON expects, then the text and its layers
        names = ["source", "meta"] + [f.name for f in fields(self) if f.name not in ("source", "meta", "layers")]
        for name in names:
            out[name] = _plain(getattr(self, name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Work:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} object (schema={data.get('schema')!r})")
        quotes = []
        for q in data.get("quotes", []):
            q = dict(q)
            if q.get("cue"):
                q["cue"] = Span(**q["cue"])
            quotes.append(Quote(**q))
        rels = []
        for r in data.get("relationships", []):
            r = dict(r)
            r["spans"] = [Span(**s) for s in r.get("spans", [])]
            rels.append(Relationship(**r))
        return cls(
            text=data["text"],
            source=Source(**data.get("source", {})),
            meta=Meta(**data.get("meta", {})),
            segments=[Segment(**s) for s in data.get("segments", [])],
            chapters=[Chapter(**c) for c in data.get("chapters", [])],
            paragraphs=[Paragraph(**p) for p in data.get("paragraphs", [])],
            scene_breaks=list(data.get("scene_breaks", [])),
            characters=[Character(**c) for c in data.get("characters", [])],
            mentions=[Mention(**m) for m in data.get("mentions", [])],
            quotes=quotes,
            narrative=dict(data.get("narrative", {})),
            interactions=[Interaction(**i) for i in data.get("interactions", [])],
            relationships=rels,
            tag_agreement=dict(data.get("tag_agreement", {})),
        )


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    return value
