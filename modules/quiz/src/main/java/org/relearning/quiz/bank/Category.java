package org.relearning.quiz.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A named group of questions in a bank; quizzes draw random questions from one. */
@Entity
@Table(name = "QZ_CATEGORY")
@NamedQuery(
    name = "Category.ofBank",
    query = "SELECT c FROM Category c WHERE c.bank.id = :bank ORDER BY c.name, c.id")
public class Category {

  public static final int NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "BANK_ID")
  private QuestionBank bank;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  protected Category() {}

  public Category(QuestionBank bank, String name) {
    this.bank = bank;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public QuestionBank getBank() {
    return bank;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
