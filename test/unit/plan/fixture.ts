// A small, realistic network for the plan tests: a profile with asks, five challenging contacts
// with reflections and give-first actions, ties that give warm paths (one prospect out of reach),
// offers and needs that make two joint-venture introductions, an introduction in progress, and an audit.
export const PLAN_TODAY = '2024-06-03';

/** A name that tries every trick: HTML, emphasis, a javascript: link and a table pipe. */
export const HOSTILE = '<script>alert(1)</script> *bold* [x](javascript:alert(1)) | pipe';

export const PLAN_NETWORK = `version: 1
me:
  name: Sam Carter
  business: Process design for small manufacturers
  offers: [process mapping, lean workshops]
  needs: [bookkeeping]
  asks:
    help: [bookkeeping]
    promoters: [an editor at a trade magazine]
    groups: [the regional makers' guild]
    prospects: [owners of family-run factories]
contacts:
  - id: dana-ruiz
    name: Dana Ruiz
    org: Northwind Foundry
    role: Head of Operations
    prospect: true
    stance: challenger
    growth: true
    stage: engaged
    lastContact: 2024-04-01
    coCreator: active-participant
    contributes: [knowledge, network]
    offers: [supplier network]
    needs: [quality training]
    pointOfView: Runs a foundry that doubled output without new machines; distrusts consultants.
    connection: Met at the 2023 foundry trade fair; we swapped notes on scheduling.
    reflections:
      difference: Much larger shop floor and unionised crews; decisions go through a works council.
      attention: A pilot on one line with numbers she can show her board within a month.
      operations: Shorter written proposals, on-site weeks instead of remote calls.
      problems: Changeover times and the knowledge locked in two retiring supervisors.
      message: Talk about throughput and people, not about methods.
    giveFirst:
      - action: Send her the changeover checklist from the Leeds project
  - id: lee-chen
    name: Lee Chen
    org: Maker Weekly
    role: Editor
    prospect: true
    stance: challenger
    growth: true
    offers: [trade press coverage]
    needs: [case studies]
    pointOfView: Has interviewed hundreds of small manufacturers and knows which stories land.
    connection: A friend of Ben Okafor from university.
    reflections:
      difference: Readers, not a client; the value is in stories, not in hours.
      attention: A case study with hard numbers from a family-run factory.
      operations: Keep notes and photos from every project, with permission to publish.
      problems: Finding credible stories before other magazines do.
      message: Lead with the owner's story, keep the method in the background.
    giveFirst:
      - action: Offer an anonymised case study from the Leeds project
  - id: priya-nair
    name: Priya Nair
    org: Forge Capital
    role: Partner
    prospect: true
    stance: neutral
    growth: true
    coCreator: dynamic-shareholder
    contributes: [money, network]
    pointOfView: Invests in small industrial firms and sees dozens of turnarounds a year.
    connection: Dana's former colleague.
    reflections:
      difference: She buys results across a portfolio, not one project.
      attention: A repeatable playbook she could roll out in three companies.
      operations: Package the method so others can deliver it under my supervision.
      problems: Post-acquisition integration of small plants.
      message: Speak in returns and risk, with one story as proof.
    giveFirst:
      - action: Share my notes on the three plants I turned around last year
  - id: omar-haddad
    name: Omar Haddad
    org: Haddad & Sons Metalwork
    role: Owner
    prospect: true
    growth: false
    tags: [metalwork]
    pointOfView: Third-generation owner who modernised without losing his craftsmen.
    connection: Heard him speak at the makers' guild; no personal contact yet.
    reflections:
      difference: A family business where every decision is personal.
      attention: How to hand over to the next generation without a drop in quality.
      operations: Meet in person, evenings; no slide decks.
      problems: Succession and documenting tacit skills.
      message: Respect for the craft first, efficiency second.
    giveFirst:
      - action: Send the guild talk recording with my notes on his succession points
  - id: ines-moreau
    name: Ines Moreau
    org: Atelier Moreau
    role: Founder
    prospect: true
    stance: challenger
    growth: false
    pointOfView: Designs furniture for small-batch production and pushes back on lean dogma.
    connection: We shared a workshop space in 2021.
    reflections:
      difference: Tiny batches, high craft; my usual metrics barely apply.
      attention: A way to cut lead times without standardising her designs.
      operations: Work in her rhythm, mostly asynchronous.
      problems: Lead times and cash tied up in materials.
      message: Flexibility and craft, with lean only as a toolbox.
    giveFirst:
      - action: Introduce her to a materials supplier with short minimum orders
        done: 2024-05-20
      - action: Review her order-to-delivery flow over coffee
  - id: ben-okafor
    name: Ben Okafor
    org: Okafor Logistics
    stance: yes-person
    growth: false
    tags: [logistics]
  - id: grace-kim
    name: Grace Kim
    role: Bookkeeper
    offers: [bookkeeping]
    needs: [web design]
    tags: [small business]
  - id: ana-silva
    name: Ana Silva
    role: Web designer
    offers: [web design]
    needs: [bookkeeping]
    tags: [small business]
  - id: marco-rossi
    name: Marco Rossi
    org: Rossi Quality
    offers: [quality training]
    needs: [supplier network]
  - id: tom-weber
    name: Tom Weber
    tags: [metalwork]
  - id: kai-berg
    name: Kai Berg
    stance: yes-person
    growth: false
relationships:
  - { from: me, to: dana-ruiz, strength: 3 }
  - { from: me, to: ines-moreau, strength: 4 }
  - { from: me, to: ben-okafor, strength: 4, kind: friend }
  - { from: me, to: grace-kim, strength: 4 }
  - { from: me, to: ana-silva, strength: 3 }
  - { from: me, to: marco-rossi, strength: 3 }
  - { from: me, to: kai-berg, strength: 4 }
  - { from: ben-okafor, to: lee-chen, strength: 3 }
  - { from: dana-ruiz, to: priya-nair, strength: 2 }
  - { from: tom-weber, to: omar-haddad, strength: 3 }
  - { from: grace-kim, to: kai-berg, strength: 2 }
introductions:
  - id: ben-okafor--ines-moreau
    between: [ben-okafor, ines-moreau]
    status: accepted
    date: 2024-05-30
audit:
  date: 2024-05-15
  challengers: Mostly people who agree with me; the challengers are all prospects.
  growth: I stay with small workshops because I know them.
  hub: I collect advice but rarely share it back.
  commitment: Host a monthly call where my clients swap what works.
`;
