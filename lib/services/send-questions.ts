// The questions every Local Offer provider answers about its SEND provision, after the
// SEND Regulations 2014, Schedule 2 (para 5), put in the plain words parents use.
export const SEND_QUESTIONS = [
  { code: "identifying_needs", question: "How do you find out what a child or young person needs?" },
  { code: "involving_families", question: "How do you involve children, young people and their parents?" },
  { code: "reviewing_progress", question: "How do you check progress and review support?" },
  { code: "approach", question: "How do you adapt your teaching, support or activities?" },
  { code: "wellbeing", question: "How do you support emotional wellbeing and making friends?" },
  { code: "staff_training", question: "What training and experience do your staff have?" },
  { code: "accessibility", question: "How accessible are your service and buildings?" },
  { code: "transitions", question: "How do you help with changes, such as moving school or into adult life?" },
  { code: "working_with_others", question: "Which other services do you work with?" },
  { code: "effectiveness", question: "How do you know your support is working?" },
  { code: "complaints", question: "How can I give feedback or make a complaint?" },
] as const;

export const SEND_QUESTION_CODES = SEND_QUESTIONS.map((q) => q.code) as [
  (typeof SEND_QUESTIONS)[number]["code"],
  ...(typeof SEND_QUESTIONS)[number]["code"][],
];
