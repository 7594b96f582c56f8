// Parents' pages: SEN support in school and asking for an EHC needs assessment.
// Facts checked against the SEND Code of Practice 0 to 25 (2015), chapters 6 and 9, and the SEND
// Regulations 2014, regulations 3 to 13 (timescales). See the report in the commit message.
import { contactSection } from "./contact";
import type { AdviceSeed } from "./pages";

const senSupport: AdviceSeed = {
  slug: "sen-support-in-school",
  title: "SEN support in school: what it means",
  summary:
    "Most children with special educational needs get help from their own school or nursery. This is called SEN support. Here is what it is and how to ask for it.",
  audience: "parents",
  schedule2: [1, 3, 5],
  categories: ["education"],
  body: `## What SEN support is

SEN means special educational needs. Some children find it harder to learn than most children their age. Some have a disability that makes school hard.

SEN support is the extra help a school or nursery gives them. The school pays for it. You do not need an education, health and care plan (EHC plan) to get it.

Every school has a teacher who leads on SEN. This person is called the SENCo. You can ask to talk to them at any time.

## What the help can look like

- work in a small group
- a helper in class for part of the day
- a quiet place to go when things get too much
- changes to how lessons are taught
- visits from a speech and language therapist or other expert

## How it works: assess, plan, do, review

The school should follow four steps. This is called the graduated approach.

1. **Assess.** The school finds out what your child finds hard. They ask you and your child too.
2. **Plan.** You agree what help your child will get. You agree what should change, and by when.
3. **Do.** The school gives the help.
4. **Review.** You meet to check how it is going. Then the steps start again.

The school should meet you at least three times a year to talk about this.

## If you are worried about your child

Talk to your child's teacher first. Then ask to meet the SENCo. Write down what you see at home. Bring it to the meeting.

You can also read the school's SEN information report. Every school must put it on its website.

## If SEN support is not enough

Some children need more help than a school can give from its own money. Then you, or the school, can ask the council for an EHC needs assessment. Read [how to ask for an EHC needs assessment](/advice/asking-for-an-ehc-needs-assessment).

${contactSection()}`,
};

const ehcAssessment: AdviceSeed = {
  slug: "asking-for-an-ehc-needs-assessment",
  title: "Asking for an EHC needs assessment, step by step",
  summary:
    "An EHC needs assessment is how the council finds out if your child needs an education, health and care plan. Here are the steps and how long each one takes: 6, 16 and 20 weeks.",
  audience: "parents",
  schedule2: [1, 4],
  categories: ["education", "advice"],
  body: `## What an EHC needs assessment is

An EHC needs assessment is a close look at what your child needs. EHC stands for education, health and care. The council does the assessment. It may lead to an EHC plan. Some people call this an EHCP.

Most children with special educational needs do not need one. They get help from their school. This is called [SEN support](/advice/sen-support-in-school).

## Who can ask

- you, as a parent
- a young person aged 16 to 25 can ask for themselves
- your child's school, college or nursery

You do not need the school to agree. You do not need a diagnosis.

## Step 1: ask the council

Write to the Seabourne Council SEND team. Email is fine. Say you are asking for an EHC needs assessment. Say why you think your child needs one.

Keep a copy. Write down the date you sent it. The weeks below count from that date.

It helps to send:

- what your child finds hard, at home and at school
- reports from doctors, therapists or the school
- what help the school has tried, and what changed

## Step 2: the council decides (within 6 weeks)

The council must tell you within 6 weeks if it will do the assessment. It will ask the school and others for their views first.

If the council says no, it must tell you why. You can ask it to think again. You can also appeal to the tribunal. Read [complaints, mediation and the SEND tribunal](/advice/complaints-mediation-and-tribunal).

## Step 3: the assessment

The council asks experts for advice. This always includes the school, a health worker, social care and an educational psychologist. It asks for your views and your child's views too.

You can ask to meet the people doing the assessment. You can bring someone with you.

## Step 4: the council decides about a plan (within 16 weeks)

The council may decide your child does not need a plan. Then it must tell you within 16 weeks of your request. It must say why. You can appeal against this decision.

## Step 5: the draft plan

If the council agrees to a plan, it sends you a draft first. You have 15 days to say what you think. You can ask for changes. You can say which school or college you want your child to go to.

## Step 6: the final plan (within 20 weeks)

The whole process should take no more than 20 weeks from your request. By then you should have the final EHC plan. It names the school or college.

If you do not agree with the final plan, you can appeal. Read [what an EHC plan contains](/advice/ehc-plans-and-annual-reviews).

${contactSection()}`,
};

export const PARENT_PAGES_ASSESSMENT: AdviceSeed[] = [senSupport, ehcAssessment];
